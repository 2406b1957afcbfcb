CREATE VIEW [dbo].[JCDO] AS select a.* from [dbo].[bJCDO] a
GO
