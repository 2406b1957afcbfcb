CREATE VIEW [dbo].[EMRX] AS select a.* from [dbo].[bEMRX] a
GO
