CREATE VIEW [dbo].[ARTH] AS select a.* from [dbo].[bARTH] a
GO
