CREATE VIEW [dbo].[JCOP] AS select a.* from [dbo].[bJCOP] a
GO
