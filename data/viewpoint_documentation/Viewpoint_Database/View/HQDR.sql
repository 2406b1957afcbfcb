CREATE VIEW [dbo].[HQDR] AS select a.* from [dbo].[bHQDR] a
GO
