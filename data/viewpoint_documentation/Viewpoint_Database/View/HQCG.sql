CREATE VIEW [dbo].[HQCG] AS select a.* from [dbo].[bHQCG] a
GO
