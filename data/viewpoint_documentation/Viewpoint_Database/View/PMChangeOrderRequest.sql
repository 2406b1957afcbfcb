CREATE VIEW [dbo].[PMChangeOrderRequest] AS select a.* from [dbo].[vPMChangeOrderRequest] a
GO
