CREATE VIEW [dbo].[PMSubcontractCO] AS select a.* from [dbo].[vPMSubcontractCO] a
GO
