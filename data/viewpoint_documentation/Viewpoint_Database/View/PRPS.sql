CREATE VIEW [dbo].[PRPS] AS select a.* from [dbo].[bPRPS] a
GO
