CREATE VIEW [dbo].[INAB] AS select a.* from [dbo].[bINAB] a
GO
