CREATE VIEW [dbo].[PMSM] AS select a.* from [dbo].[bPMSM] a
GO
