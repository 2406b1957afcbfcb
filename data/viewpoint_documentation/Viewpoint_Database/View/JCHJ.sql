CREATE VIEW [dbo].[JCHJ] AS select a.* from [dbo].[bJCHJ] a
GO
