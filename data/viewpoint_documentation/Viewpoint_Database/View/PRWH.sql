CREATE VIEW [dbo].[PRWH] AS select a.* from [dbo].[bPRWH] a
GO
