CREATE VIEW [dbo].[PRTI] AS select a.* from [dbo].[bPRTI] a
GO
