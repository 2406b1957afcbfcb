CREATE VIEW [dbo].[PMVG] AS select a.* from [dbo].[bPMVG] a
GO
