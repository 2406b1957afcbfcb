CREATE VIEW [dbo].[HQWD] AS select a.* from [dbo].[bHQWD] a
GO
