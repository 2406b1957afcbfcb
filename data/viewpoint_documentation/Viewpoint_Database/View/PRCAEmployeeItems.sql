CREATE VIEW [dbo].[PRCAEmployeeItems] AS select a.* from [dbo].[bPRCAEmployeeItems] a
GO
