CREATE VIEW [dbo].[POIT] AS select a.* from [dbo].[bPOIT] a
GO
