CREATE VIEW [dbo].[PRDeductionGroup] AS select a.* from [dbo].[bPRDeductionGroup] a
GO
