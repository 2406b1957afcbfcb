CREATE VIEW [dbo].[EMEP] AS select a.* from [dbo].[bEMEP] a
GO
