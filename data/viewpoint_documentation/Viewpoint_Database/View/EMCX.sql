CREATE VIEW [dbo].[EMCX] AS select a.* from [dbo].[bEMCX] a
GO
