CREATE VIEW [dbo].[HQRS] AS select a.* from [dbo].[bHQRS] a
GO
