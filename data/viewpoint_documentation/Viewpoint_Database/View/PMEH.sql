CREATE VIEW [dbo].[PMEH] AS select a.* from [dbo].[bPMEH] a
GO
