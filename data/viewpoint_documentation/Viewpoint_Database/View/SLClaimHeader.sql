CREATE VIEW [dbo].[SLClaimHeader] AS select a.* from [dbo].[vSLClaimHeader] a
GO
