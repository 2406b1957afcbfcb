CREATE VIEW [dbo].[GLFY] AS select a.* from [dbo].[bGLFY] a
GO
