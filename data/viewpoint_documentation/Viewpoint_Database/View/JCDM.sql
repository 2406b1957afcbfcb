CREATE VIEW [dbo].[JCDM] AS select a.* from [dbo].[bJCDM] a
GO
