CREATE VIEW [dbo].[GLAJ] AS select a.* from [dbo].[bGLAJ] a
GO
