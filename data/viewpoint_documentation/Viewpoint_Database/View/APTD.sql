CREATE VIEW [dbo].[APTD] AS select a.* from [dbo].[bAPTD] a
GO
