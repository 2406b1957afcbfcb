CREATE VIEW [dbo].[JCAJ] AS select a.* from [dbo].[bJCAJ] a
GO
