CREATE VIEW [dbo].[PMIM] AS select a.* from [dbo].[bPMIM] a
GO
