CREATE VIEW [dbo].[HQUM] AS select a.* from [dbo].[bHQUM] a
GO
