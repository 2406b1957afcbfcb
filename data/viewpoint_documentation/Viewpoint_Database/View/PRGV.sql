CREATE VIEW [dbo].[PRGV] AS select a.* from [dbo].[bPRGV] a
GO
