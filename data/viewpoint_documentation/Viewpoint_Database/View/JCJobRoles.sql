CREATE VIEW [dbo].[JCJobRoles] AS select a.* from [dbo].[vJCJobRoles] a
GO
