CREATE VIEW [dbo].[GLAS] AS select a.* from [dbo].[bGLAS] a
GO
