CREATE VIEW [dbo].[ARBI] AS select a.* from [dbo].[bARBI] a
GO
