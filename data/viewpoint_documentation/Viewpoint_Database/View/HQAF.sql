CREATE VIEW [dbo].[HQAF] AS select a.* from [dbo].[bHQAF] a
GO
