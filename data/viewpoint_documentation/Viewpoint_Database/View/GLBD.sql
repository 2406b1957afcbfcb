CREATE VIEW [dbo].[GLBD] AS select a.* from [dbo].[bGLBD] a
GO
