CREATE VIEW [dbo].[HQDS] AS select a.* from [dbo].[bHQDS] a
GO
