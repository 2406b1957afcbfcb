CREATE VIEW [dbo].[PRTF] AS select a.* from [dbo].[bPRTF] a
GO
