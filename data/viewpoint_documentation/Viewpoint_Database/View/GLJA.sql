CREATE VIEW [dbo].[GLJA] AS select a.* from [dbo].[bGLJA] a
GO
