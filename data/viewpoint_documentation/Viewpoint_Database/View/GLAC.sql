CREATE VIEW [dbo].[GLAC] AS select a.* from [dbo].[bGLAC] a
GO
