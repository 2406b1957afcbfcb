CREATE VIEW [dbo].[APWH] AS select a.* from [dbo].[bAPWH] a
GO
