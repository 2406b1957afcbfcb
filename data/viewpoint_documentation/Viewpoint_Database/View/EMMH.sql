CREATE VIEW [dbo].[EMMH] AS select a.* from [dbo].[bEMMH] a
GO
