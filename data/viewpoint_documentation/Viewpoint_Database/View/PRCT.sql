CREATE VIEW [dbo].[PRCT] AS select a.* from [dbo].[bPRCT] a
GO
