CREATE VIEW [dbo].[EMRR] AS select a.* from [dbo].[bEMRR] a
GO
