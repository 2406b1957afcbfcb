CREATE VIEW [dbo].[PMSI] AS select a.* from [dbo].[bPMSI] a
GO
