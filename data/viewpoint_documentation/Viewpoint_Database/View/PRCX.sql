CREATE VIEW [dbo].[PRCX] AS select a.* from [dbo].[bPRCX] a
GO
