CREATE VIEW [dbo].[HQCP] AS select a.* from [dbo].[bHQCP] a
GO
