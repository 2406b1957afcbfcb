CREATE VIEW [dbo].[CMDB] AS select a.* from [dbo].[bCMDB] a
GO
