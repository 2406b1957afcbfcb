CREATE VIEW [dbo].[GLRF] AS select a.* from [dbo].[bGLRF] a
GO
