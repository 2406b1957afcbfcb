CREATE VIEW [dbo].[SLClaimItemVariation] AS select a.* from [dbo].[vSLClaimItemVariation] a
GO
