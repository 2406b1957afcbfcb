CREATE VIEW [dbo].[PRWT] AS select a.* from [dbo].[bPRWT] a
GO
