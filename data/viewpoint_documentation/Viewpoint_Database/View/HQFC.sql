CREATE VIEW [dbo].[HQFC] AS select a.* from [dbo].[bHQFC] a
GO
