CREATE VIEW [dbo].[PMContractChangeOrderCommit] AS select a.* from [dbo].[vPMContractChangeOrderCommit] a
GO
