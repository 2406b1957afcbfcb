CREATE VIEW [dbo].[PRRQ] AS select a.* from [dbo].[bPRRQ] a
GO
