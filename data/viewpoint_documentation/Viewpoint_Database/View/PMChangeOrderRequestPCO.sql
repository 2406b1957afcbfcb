CREATE VIEW [dbo].[PMChangeOrderRequestPCO] AS select a.* from [dbo].[vPMChangeOrderRequestPCO] a
GO
