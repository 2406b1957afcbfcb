CREATE VIEW [dbo].[EMRH] AS select a.* from [dbo].[bEMRH] a
GO
