CREATE VIEW [dbo].[HQRC] AS select a.* from [dbo].[bHQRC] a
GO
