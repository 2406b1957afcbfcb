CREATE VIEW [dbo].[GLRB] AS select a.* from [dbo].[bGLRB] a
GO
