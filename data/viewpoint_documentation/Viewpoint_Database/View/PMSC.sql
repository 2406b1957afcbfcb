CREATE VIEW [dbo].[PMSC] AS select a.* from [dbo].[bPMSC] a
GO
