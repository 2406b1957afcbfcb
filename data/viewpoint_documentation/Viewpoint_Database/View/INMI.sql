CREATE VIEW [dbo].[INMI] AS select a.* from [dbo].[bINMI] a
GO
