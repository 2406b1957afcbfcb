CREATE VIEW [dbo].[INMU] AS select a.* from [dbo].[bINMU] a
GO
