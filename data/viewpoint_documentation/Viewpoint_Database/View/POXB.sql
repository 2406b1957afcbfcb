CREATE VIEW [dbo].[POXB] AS select a.* from [dbo].[bPOXB] a
GO
