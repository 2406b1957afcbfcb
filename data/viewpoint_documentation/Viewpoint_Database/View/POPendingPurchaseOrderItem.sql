CREATE VIEW [dbo].[POPendingPurchaseOrderItem] AS select a.* from [dbo].[vPOPendingPurchaseOrderItem] a
GO
