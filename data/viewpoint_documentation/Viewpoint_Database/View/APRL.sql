CREATE VIEW [dbo].[APRL] AS select a.* from [dbo].[bAPRL] a
GO
