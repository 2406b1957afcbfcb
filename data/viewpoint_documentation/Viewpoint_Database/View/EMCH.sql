CREATE VIEW [dbo].[EMCH] AS select a.* from [dbo].[bEMCH] a
GO
