CREATE VIEW [dbo].[APDB] AS select a.* from [dbo].[bAPDB] a
GO
