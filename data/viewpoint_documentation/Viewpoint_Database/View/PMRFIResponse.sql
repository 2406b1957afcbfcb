CREATE VIEW [dbo].[PMRFIResponse] AS select a.* from [dbo].[vPMRFIResponse] a
GO
