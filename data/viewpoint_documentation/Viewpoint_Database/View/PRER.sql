CREATE VIEW [dbo].[PRER] AS select a.* from [dbo].[bPRER] a
GO
