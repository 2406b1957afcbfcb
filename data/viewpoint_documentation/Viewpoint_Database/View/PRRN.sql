CREATE VIEW [dbo].[PRRN] AS select a.* from [dbo].[bPRRN] a
GO
