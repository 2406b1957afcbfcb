CREATE VIEW [dbo].[EMDB] AS select a.* from [dbo].[bEMDB] a
GO
