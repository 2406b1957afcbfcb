CREATE VIEW [dbo].[JCPPCostTypes] AS select a.* from [dbo].[bJCPPCostTypes] a
GO
