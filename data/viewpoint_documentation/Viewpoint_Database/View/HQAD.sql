CREATE VIEW [dbo].[HQAD] AS select a.* from [dbo].[bHQAD] a
GO
