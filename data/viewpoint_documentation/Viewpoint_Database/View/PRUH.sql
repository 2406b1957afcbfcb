CREATE VIEW [dbo].[PRUH] AS select a.* from [dbo].[bPRUH] a
GO
