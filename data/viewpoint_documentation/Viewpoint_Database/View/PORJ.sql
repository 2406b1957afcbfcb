CREATE VIEW [dbo].[PORJ] AS select a.* from [dbo].[bPORJ] a
GO
