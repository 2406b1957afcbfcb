CREATE VIEW [dbo].[ARCN] AS select a.* from [dbo].[bARCN] a
GO
