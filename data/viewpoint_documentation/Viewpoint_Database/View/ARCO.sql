CREATE VIEW [dbo].[ARCO] AS select a.* from [dbo].[bARCO] a
GO
