CREATE VIEW [dbo].[PMBE] AS select a.* from [dbo].[bPMBE] a
GO
