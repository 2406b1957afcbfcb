CREATE VIEW [dbo].[PMDocumentMapping] AS select a.* from [dbo].[vPMDocumentMapping] a
GO
