CREATE VIEW [dbo].[GLBL] AS select a.* from [dbo].[bGLBL] a
GO
