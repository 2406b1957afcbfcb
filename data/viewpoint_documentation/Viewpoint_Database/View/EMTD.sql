CREATE VIEW [dbo].[EMTD] AS select a.* from [dbo].[bEMTD] a
GO
