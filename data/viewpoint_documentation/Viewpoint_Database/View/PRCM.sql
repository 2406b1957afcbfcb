CREATE VIEW [dbo].[PRCM] AS select a.* from [dbo].[bPRCM] a
GO
