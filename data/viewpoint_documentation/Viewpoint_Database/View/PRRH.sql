CREATE VIEW [dbo].[PRRH] AS select a.* from [dbo].[bPRRH] a
GO
