CREATE VIEW [dbo].[PORE] AS select a.* from [dbo].[bPORE] a
GO
