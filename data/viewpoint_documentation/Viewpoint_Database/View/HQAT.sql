CREATE VIEW [dbo].[HQAT] AS select a.* from [dbo].[bHQAT] a
GO
