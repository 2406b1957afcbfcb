CREATE VIEW [dbo].[HQBE] AS select a.* from [dbo].[bHQBE] a
GO
