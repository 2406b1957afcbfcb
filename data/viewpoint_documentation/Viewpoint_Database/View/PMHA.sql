CREATE VIEW [dbo].[PMHA] AS select a.* from [dbo].[bPMHA] a
GO
