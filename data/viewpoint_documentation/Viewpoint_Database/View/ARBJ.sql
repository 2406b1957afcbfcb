CREATE VIEW [dbo].[ARBJ] AS select a.* from [dbo].[bARBJ] a
GO
