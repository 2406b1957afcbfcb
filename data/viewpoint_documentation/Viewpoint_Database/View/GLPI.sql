CREATE VIEW [dbo].[GLPI] AS select a.* from [dbo].[bGLPI] a
GO
