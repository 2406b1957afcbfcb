CREATE VIEW [dbo].[PROP] AS select a.* from [dbo].[bPROP] a
GO
