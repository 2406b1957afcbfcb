CREATE VIEW [dbo].[PMSL] AS select a.* from [dbo].[bPMSL] a
GO
