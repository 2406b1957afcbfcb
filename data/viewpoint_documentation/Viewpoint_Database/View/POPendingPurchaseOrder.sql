CREATE VIEW [dbo].[POPendingPurchaseOrder] AS select a.* from [dbo].[vPOPendingPurchaseOrder] a
GO
