CREATE VIEW [dbo].[PMOZ] AS select a.* from [dbo].[bPMOZ] a
GO
