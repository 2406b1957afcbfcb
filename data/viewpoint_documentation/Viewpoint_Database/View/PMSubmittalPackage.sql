CREATE VIEW [dbo].[PMSubmittalPackage] AS select a.* from [dbo].[vPMSubmittalPackage] a
GO
