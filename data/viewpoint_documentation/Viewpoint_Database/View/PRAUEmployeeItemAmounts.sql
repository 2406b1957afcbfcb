CREATE VIEW [dbo].[PRAUEmployeeItemAmounts] AS select a.* from [dbo].[vPRAUEmployeeItemAmounts] a
GO
