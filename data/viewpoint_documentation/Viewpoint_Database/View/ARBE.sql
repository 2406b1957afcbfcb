CREATE VIEW [dbo].[ARBE] AS select a.* from [dbo].[bARBE] a
GO
