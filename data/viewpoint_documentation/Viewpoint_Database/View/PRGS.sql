CREATE VIEW [dbo].[PRGS] AS select a.* from [dbo].[bPRGS] a
GO
