CREATE VIEW [dbo].[PRTP] AS select a.* from [dbo].[bPRTP] a
GO
