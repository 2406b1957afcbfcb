CREATE VIEW [dbo].[PRDE] AS select a.* from [dbo].[bPRDE] a
GO
