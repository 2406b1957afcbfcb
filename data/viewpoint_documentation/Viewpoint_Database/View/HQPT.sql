CREATE VIEW [dbo].[HQPT] AS select a.* from [dbo].[bHQPT] a
GO
