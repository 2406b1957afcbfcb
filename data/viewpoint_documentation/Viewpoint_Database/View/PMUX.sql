CREATE VIEW [dbo].[PMUX] AS select a.* from [dbo].[bPMUX] a
GO
