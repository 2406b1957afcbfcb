CREATE VIEW [dbo].[CMCO] AS select a.* from [dbo].[bCMCO] a
GO
