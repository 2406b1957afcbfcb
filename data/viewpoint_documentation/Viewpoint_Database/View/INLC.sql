CREATE VIEW [dbo].[INLC] AS select a.* from [dbo].[bINLC] a
GO
