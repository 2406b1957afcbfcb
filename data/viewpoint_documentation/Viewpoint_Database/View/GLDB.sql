CREATE VIEW [dbo].[GLDB] AS select a.* from [dbo].[bGLDB] a
GO
