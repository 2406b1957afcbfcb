CREATE VIEW [dbo].[INLocationRole] AS select a.* from [dbo].[vINLocationRole] a
GO
