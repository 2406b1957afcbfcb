CREATE VIEW [dbo].[PMTS] AS select a.* from [dbo].[bPMTS] a
GO
