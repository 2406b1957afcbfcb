CREATE VIEW [dbo].[PRCAEmployees] AS select a.* from [dbo].[bPRCAEmployees] a
GO
