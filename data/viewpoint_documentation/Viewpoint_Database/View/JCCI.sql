CREATE VIEW [dbo].[JCCI] AS select a.* from [dbo].[bJCCI] a
GO
