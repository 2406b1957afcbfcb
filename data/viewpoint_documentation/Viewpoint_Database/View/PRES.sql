CREATE VIEW [dbo].[PRES] AS select a.* from [dbo].[bPRES] a
GO
