CREATE VIEW [dbo].[HQET] AS select a.* from [dbo].[bHQET] a
GO
