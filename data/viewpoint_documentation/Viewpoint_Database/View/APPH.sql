CREATE VIEW [dbo].[APPH] AS select a.* from [dbo].[bAPPH] a
GO
