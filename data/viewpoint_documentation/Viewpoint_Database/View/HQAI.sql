CREATE VIEW [dbo].[HQAI] AS select a.* from [dbo].[bHQAI] a
GO
