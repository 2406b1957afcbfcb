CREATE VIEW [dbo].[PRCAEmployeeCodes] AS select a.* from [dbo].[bPRCAEmployeeCodes] a
GO
