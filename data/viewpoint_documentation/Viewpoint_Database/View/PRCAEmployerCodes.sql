CREATE VIEW [dbo].[PRCAEmployerCodes] AS select a.* from [dbo].[bPRCAEmployerCodes] a
GO
