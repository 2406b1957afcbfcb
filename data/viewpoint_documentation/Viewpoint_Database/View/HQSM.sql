CREATE VIEW [dbo].[HQSM] AS select a.* from [dbo].[bHQSM] a
GO
