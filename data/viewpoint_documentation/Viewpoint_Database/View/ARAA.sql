CREATE VIEW [dbo].[ARAA] AS select a.* from [dbo].[bARAA] a
GO
