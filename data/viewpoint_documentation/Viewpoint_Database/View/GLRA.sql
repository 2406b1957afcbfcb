CREATE VIEW [dbo].[GLRA] AS select a.* from [dbo].[bGLRA] a
GO
