CREATE VIEW [dbo].[PMProjectMasterTemplates] AS select a.* from [dbo].[vPMProjectMasterTemplates] a
GO
