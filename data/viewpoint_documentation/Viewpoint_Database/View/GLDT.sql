CREATE VIEW [dbo].[GLDT] AS select a.* from [dbo].[bGLDT] a
GO
