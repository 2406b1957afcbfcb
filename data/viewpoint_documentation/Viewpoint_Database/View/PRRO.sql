CREATE VIEW [dbo].[PRRO] AS select a.* from [dbo].[bPRRO] a
GO
