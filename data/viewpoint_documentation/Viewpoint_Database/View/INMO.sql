CREATE VIEW [dbo].[INMO] AS select a.* from [dbo].[bINMO] a
GO
