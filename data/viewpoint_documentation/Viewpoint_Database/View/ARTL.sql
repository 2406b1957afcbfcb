CREATE VIEW [dbo].[ARTL] AS select a.* from [dbo].[bARTL] a
GO
