CREATE VIEW [dbo].[HQWL] AS select a.* from [dbo].[bHQWL] a
GO
