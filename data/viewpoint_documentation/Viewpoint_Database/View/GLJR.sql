CREATE VIEW [dbo].[GLJR] AS select a.* from [dbo].[bGLJR] a
GO
