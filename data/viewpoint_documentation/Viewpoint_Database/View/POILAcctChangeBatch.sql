CREATE VIEW [dbo].[POILAcctChangeBatch] AS select a.* from [dbo].[vPOILAcctChangeBatch] a
GO
