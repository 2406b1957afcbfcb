CREATE VIEW [dbo].[HQCompanyProcess] AS select a.* from [dbo].[vHQCompanyProcess] a
GO
