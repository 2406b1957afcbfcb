CREATE VIEW [dbo].[PRDG] AS select a.* from [dbo].[bPRDG] a
GO
