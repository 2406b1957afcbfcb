CREATE VIEW [dbo].[GLBC] AS select a.* from [dbo].[bGLBC] a
GO
