CREATE VIEW [dbo].[HQRV] AS select a.* from [dbo].[bHQRV] a
GO
