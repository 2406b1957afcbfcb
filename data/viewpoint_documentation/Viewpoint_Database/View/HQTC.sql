CREATE VIEW [dbo].[HQTC] AS select a.* from [dbo].[bHQTC] a
GO
