CREATE VIEW [dbo].[JCOD] AS select a.* from [dbo].[bJCOD] a
GO
