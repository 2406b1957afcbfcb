CREATE VIEW [dbo].[HQPO] AS select a.* from [dbo].[bHQPO] a
GO
