CREATE VIEW [dbo].[HQST] AS select a.* from [dbo].[bHQST] a
GO
