CREATE VIEW [dbo].[PMContractChangeOrderACO] AS select a.* from [dbo].[vPMContractChangeOrderACO] a
GO
