CREATE VIEW [dbo].[PMBC] AS select a.* from [dbo].[bPMBC] a
GO
