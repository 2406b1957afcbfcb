CREATE VIEW [dbo].[PMVM] AS select a.* from [dbo].[bPMVM] a
GO
