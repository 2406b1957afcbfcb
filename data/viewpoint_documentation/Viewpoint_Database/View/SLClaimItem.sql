CREATE VIEW [dbo].[SLClaimItem] AS select a.* from [dbo].[vSLClaimItem] a
GO
