CREATE VIEW [dbo].[PROS] AS select a.* from [dbo].[bPROS] a
GO
