CREATE VIEW [dbo].[POXA] AS select a.* from [dbo].[bPOXA] a
GO
