CREATE VIEW [dbo].[JBMD] AS select a.* from [dbo].[bJBMD] a
GO
