CREATE VIEW [dbo].[GLYB] AS select a.* from [dbo].[bGLYB] a
GO
