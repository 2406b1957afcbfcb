CREATE VIEW [dbo].[HQTL] AS select a.* from [dbo].[bHQTL] a
GO
