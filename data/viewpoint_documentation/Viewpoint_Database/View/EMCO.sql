CREATE VIEW [dbo].[EMCO] AS select a.* from [dbo].[bEMCO] a
GO
