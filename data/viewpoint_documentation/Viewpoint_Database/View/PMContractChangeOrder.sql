CREATE VIEW [dbo].[PMContractChangeOrder] AS select a.* from [dbo].[vPMContractChangeOrder] a
GO
