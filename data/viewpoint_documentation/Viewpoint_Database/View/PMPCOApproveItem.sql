CREATE VIEW [dbo].[PMPCOApproveItem] AS select a.* from [dbo].[vPMPCOApproveItem] a
GO
