CREATE VIEW [dbo].[INXJ] AS select a.* from [dbo].[bINXJ] a
GO
