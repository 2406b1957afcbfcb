CREATE VIEW [dbo].[HQPD] AS select a.* from [dbo].[bHQPD] a
GO
