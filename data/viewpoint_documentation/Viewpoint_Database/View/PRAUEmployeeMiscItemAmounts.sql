CREATE VIEW [dbo].[PRAUEmployeeMiscItemAmounts] AS select a.* from [dbo].[vPRAUEmployeeMiscItemAmounts] a
GO
