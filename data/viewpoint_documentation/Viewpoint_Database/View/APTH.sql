CREATE VIEW [dbo].[APTH] AS select a.* from [dbo].[bAPTH] a
GO
