CREATE VIEW [dbo].[POJM] AS select a.* from [dbo].[bPOJM] a
GO
