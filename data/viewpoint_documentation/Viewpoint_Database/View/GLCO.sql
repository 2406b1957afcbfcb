CREATE VIEW [dbo].[GLCO] AS select a.* from [dbo].[bGLCO] a
GO
