CREATE VIEW [dbo].[GLIA] AS select a.* from [dbo].[bGLIA] a
GO
