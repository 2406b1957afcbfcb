CREATE VIEW [dbo].[JCPPCostTypesDtl] AS select a.* from [dbo].[bJCPPCostTypes] a
GO
