CREATE VIEW [dbo].[APTL] AS select a.* from [dbo].[bAPTL] a
GO
