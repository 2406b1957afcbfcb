CREATE VIEW [dbo].[POJC] AS select a.* from [dbo].[bPOJC] a
GO
