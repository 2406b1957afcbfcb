CREATE VIEW [dbo].[HQTX] AS select a.* from [dbo].[bHQTX] a
GO
