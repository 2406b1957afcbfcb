CREATE VIEW [dbo].[JCRD] AS select a.* from [dbo].[bJCRD] a
GO
