CREATE VIEW [dbo].[EMTH] AS select a.* from [dbo].[bEMTH] a
GO
