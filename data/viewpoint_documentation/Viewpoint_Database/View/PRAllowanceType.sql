CREATE VIEW [dbo].[PRAllowanceType] AS select a.* from [dbo].[vPRAllowanceType] a
GO
