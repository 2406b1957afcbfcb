CREATE VIEW [dbo].[PRCR] AS select a.* from [dbo].[bPRCR] a
GO
