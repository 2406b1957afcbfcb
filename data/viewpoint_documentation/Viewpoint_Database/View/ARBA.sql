CREATE VIEW [dbo].[ARBA] AS select a.* from [dbo].[bARBA] a
GO
