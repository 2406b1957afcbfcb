CREATE VIEW [dbo].[PRDB] AS select a.* from [dbo].[bPRDB] a
GO
