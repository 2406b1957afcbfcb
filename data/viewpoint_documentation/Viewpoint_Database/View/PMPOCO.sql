CREATE VIEW [dbo].[PMPOCO] AS select a.* from [dbo].[vPMPOCO] a
GO
