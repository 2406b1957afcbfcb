CREATE VIEW [dbo].[PRTT] AS select a.* from [dbo].[bPRTT] a
GO
