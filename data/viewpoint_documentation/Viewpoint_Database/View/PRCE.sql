CREATE VIEW [dbo].[PRCE] AS select a.* from [dbo].[bPRCE] a
GO
