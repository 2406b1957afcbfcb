CREATE VIEW [dbo].[PMRQ] AS select a.* from [dbo].[bPMRQ] a
GO
