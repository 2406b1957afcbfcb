CREATE VIEW [dbo].[SLCO] AS select a.* from [dbo].[bSLCO] a
GO
