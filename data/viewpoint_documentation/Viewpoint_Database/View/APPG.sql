CREATE VIEW [dbo].[APPG] AS select a.* from [dbo].[bAPPG] a
GO
