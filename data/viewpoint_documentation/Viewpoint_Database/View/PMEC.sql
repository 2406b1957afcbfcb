CREATE VIEW [dbo].[PMEC] AS select a.* from [dbo].[bPMEC] a
GO
