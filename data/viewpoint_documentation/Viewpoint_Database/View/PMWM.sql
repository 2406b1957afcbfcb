CREATE VIEW [dbo].[PMWM] AS select a.* from [dbo].[bPMWM] a
GO
