CREATE VIEW [dbo].[PRCACodes] AS select a.* from [dbo].[bPRCACodes] a
GO
