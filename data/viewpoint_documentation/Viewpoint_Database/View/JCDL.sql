CREATE VIEW [dbo].[JCDL] AS select a.* from [dbo].[bJCDL] a
GO
