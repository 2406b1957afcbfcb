CREATE VIEW [dbo].[APPD] AS select a.* from [dbo].[bAPPD] a
GO
