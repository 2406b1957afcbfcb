CREATE VIEW [dbo].[PRTS] AS select a.* from [dbo].[bPRTS] a
GO
