CREATE VIEW [dbo].[INCJ] AS select a.* from [dbo].[bINCJ] a
GO
