CREATE VIEW [dbo].[GLJB] AS select a.* from [dbo].[bGLJB] a
GO
