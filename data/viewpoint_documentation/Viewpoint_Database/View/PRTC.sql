CREATE VIEW [dbo].[PRTC] AS select a.* from [dbo].[bPRTC] a
GO
