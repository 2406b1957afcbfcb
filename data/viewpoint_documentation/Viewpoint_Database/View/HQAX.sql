CREATE VIEW [dbo].[HQAX] AS select a.* from [dbo].[bHQAX] a
GO
