CREATE VIEW [dbo].[PRWC] AS select a.* from [dbo].[bPRWC] a
GO
