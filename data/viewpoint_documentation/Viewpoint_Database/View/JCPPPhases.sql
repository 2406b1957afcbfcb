CREATE VIEW [dbo].[JCPPPhases] AS select a.* from [dbo].[bJCPPPhases] a
GO
