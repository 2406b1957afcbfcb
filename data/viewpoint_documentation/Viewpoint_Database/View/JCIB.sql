CREATE VIEW [dbo].[JCIB] AS select a.* from [dbo].[bJCIB] a
GO
