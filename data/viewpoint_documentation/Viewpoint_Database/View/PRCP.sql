CREATE VIEW [dbo].[PRCP] AS select a.* from [dbo].[bPRCP] a
GO
