CREATE VIEW [dbo].[ARBL] AS select a.* from [dbo].[bARBL] a
GO
