CREATE VIEW [dbo].[JCAD] AS select a.* from [dbo].[bJCAD] a
GO
