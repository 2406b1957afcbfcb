CREATE VIEW [dbo].[PRCH] AS select a.* from [dbo].[bPRCH] a
GO
