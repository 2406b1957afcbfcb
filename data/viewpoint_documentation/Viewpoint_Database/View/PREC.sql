CREATE VIEW [dbo].[PREC] AS select a.* from [dbo].[bPREC] a
GO
