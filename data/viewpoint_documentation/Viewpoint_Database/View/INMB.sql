CREATE VIEW [dbo].[INMB] AS select a.* from [dbo].[bINMB] a
GO
