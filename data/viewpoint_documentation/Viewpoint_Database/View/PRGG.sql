CREATE VIEW [dbo].[PRGG] AS select a.* from [dbo].[bPRGG] a
GO
