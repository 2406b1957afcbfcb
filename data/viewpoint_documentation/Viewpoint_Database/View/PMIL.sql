CREATE VIEW [dbo].[PMIL] AS select a.* from [dbo].[bPMIL] a
GO
