CREATE VIEW [dbo].[INTG] AS select a.* from [dbo].[bINTG] a
GO
