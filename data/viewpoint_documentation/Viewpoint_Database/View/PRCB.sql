CREATE VIEW [dbo].[PRCB] AS select a.* from [dbo].[bPRCB] a
GO
