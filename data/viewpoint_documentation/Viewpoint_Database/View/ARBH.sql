CREATE VIEW [dbo].[ARBH] AS select a.* from [dbo].[bARBH] a
GO
