CREATE VIEW [dbo].[GLBR] AS select a.* from [dbo].[bGLBR] a
GO
