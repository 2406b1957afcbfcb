CREATE VIEW [dbo].[ARMT] AS select a.* from [dbo].[bARMT] a
GO
