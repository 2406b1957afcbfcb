CREATE VIEW [dbo].[JCCM] AS select a.* from [dbo].[bJCCM] a
GO
