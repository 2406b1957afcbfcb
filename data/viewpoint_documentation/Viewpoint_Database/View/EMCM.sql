CREATE VIEW [dbo].[EMCM] AS select a.* from [dbo].[bEMCM] a
GO
