CREATE VIEW [dbo].[PMCompanyTemplates] AS select a.* from [dbo].[vPMCompanyTemplates] a
GO
