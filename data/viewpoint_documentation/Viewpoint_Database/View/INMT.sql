CREATE VIEW [dbo].[INMT] AS select a.* from [dbo].[bINMT] a
GO
