CREATE VIEW [dbo].[PRTD] AS select a.* from [dbo].[bPRTD] a
GO
