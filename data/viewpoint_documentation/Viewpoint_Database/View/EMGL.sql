CREATE VIEW [dbo].[EMGL] AS select a.* from [dbo].[bEMGL] a
GO
