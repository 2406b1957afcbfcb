CREATE VIEW [dbo].[PMSubmittal] AS select a.* from [dbo].[vPMSubmittal] a
GO
