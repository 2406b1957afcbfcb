CREATE VIEW [dbo].[GLFP] AS select a.* from [dbo].[bGLFP] a
GO
