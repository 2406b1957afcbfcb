CREATE VIEW [dbo].[PMVC] AS select a.* from [dbo].[bPMVC] a
GO
