CREATE VIEW [dbo].[PRFD] AS select a.* from [dbo].[bPRFD] a
GO
