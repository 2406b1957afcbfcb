CREATE VIEW [dbo].[ARBC] AS select a.* from [dbo].[bARBC] a
GO
