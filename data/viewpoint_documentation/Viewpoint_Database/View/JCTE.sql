CREATE VIEW [dbo].[JCTE] AS select a.* from [dbo].[bJCTE] a
GO
