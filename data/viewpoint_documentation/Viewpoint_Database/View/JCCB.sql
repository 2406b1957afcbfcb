CREATE VIEW [dbo].[JCCB] AS select a.* from [dbo].[bJCCB] a
GO
