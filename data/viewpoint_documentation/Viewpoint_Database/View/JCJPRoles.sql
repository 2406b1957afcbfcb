CREATE VIEW [dbo].[JCJPRoles] AS select a.* from [dbo].[vJCJPRoles] a
GO
