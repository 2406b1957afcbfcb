CREATE VIEW [dbo].[APHD] AS select a.* from [dbo].[bAPHD] a
GO
