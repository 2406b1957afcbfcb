CREATE VIEW [dbo].[PRTB] AS select a.* from [dbo].[bPRTB] a
GO
