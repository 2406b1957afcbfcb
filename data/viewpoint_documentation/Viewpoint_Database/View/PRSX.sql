CREATE VIEW [dbo].[PRSX] AS select a.* from [dbo].[bPRSX] a
GO
