CREATE VIEW [dbo].[PRTM] AS select a.* from [dbo].[bPRTM] a
GO
