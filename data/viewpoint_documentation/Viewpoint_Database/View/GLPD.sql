CREATE VIEW [dbo].[GLPD] AS select a.* from [dbo].[bGLPD] a
GO
