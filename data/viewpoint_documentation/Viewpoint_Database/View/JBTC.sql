CREATE VIEW [dbo].[JBTC] AS select a.* from [dbo].[bJBTC] a
GO
