CREATE VIEW [dbo].[GLDA] AS select a.* from [dbo].[bGLDA] a
GO
