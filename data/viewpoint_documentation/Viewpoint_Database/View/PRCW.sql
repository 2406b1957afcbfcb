CREATE VIEW [dbo].[PRCW] AS select a.* from [dbo].[bPRCW] a
GO
