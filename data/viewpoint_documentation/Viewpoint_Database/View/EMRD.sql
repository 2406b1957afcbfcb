CREATE VIEW [dbo].[EMRD] AS select a.* from [dbo].[bEMRD] a
GO
