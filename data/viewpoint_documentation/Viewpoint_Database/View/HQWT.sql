CREATE VIEW [dbo].[HQWT] AS select a.* from [dbo].[bHQWT] a
GO
