CREATE VIEW [dbo].[PMHI] AS select a.* from [dbo].[bPMHI] a
GO
