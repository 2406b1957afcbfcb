CREATE VIEW [dbo].[PMPA] AS select a.* from [dbo].[bPMPA] a
GO
