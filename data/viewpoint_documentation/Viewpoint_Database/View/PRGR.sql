CREATE VIEW [dbo].[PRGR] AS select a.* from [dbo].[bPRGR] a
GO
