CREATE VIEW [dbo].[EMSM] AS select a.* from [dbo].[bEMSM] a
GO
