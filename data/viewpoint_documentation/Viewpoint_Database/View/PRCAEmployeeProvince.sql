CREATE VIEW [dbo].[PRCAEmployeeProvince] AS select a.* from [dbo].[bPRCAEmployeeProvince] a
GO
