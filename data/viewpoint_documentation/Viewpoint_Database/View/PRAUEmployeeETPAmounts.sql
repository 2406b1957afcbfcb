CREATE VIEW [dbo].[PRAUEmployeeETPAmounts] AS select a.* from [dbo].[vPRAUEmployeeETPAmounts] a
GO
