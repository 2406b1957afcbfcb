CREATE VIEW [dbo].[JBIJ] AS select a.* from [dbo].[bJBIJ] a
GO
