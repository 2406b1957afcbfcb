CREATE VIEW [dbo].[PRCS] AS select a.* from [dbo].[bPRCS] a
GO
