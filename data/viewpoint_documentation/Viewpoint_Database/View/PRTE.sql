CREATE VIEW [dbo].[PRTE] AS select a.* from [dbo].[bPRTE] a
GO
