CREATE VIEW [dbo].[HQRP] AS select a.* from [dbo].[bHQRP] a
GO
