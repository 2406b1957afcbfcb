CREATE VIEW [dbo].[INTB] AS select a.* from [dbo].[bINTB] a
GO
