CREATE VIEW [dbo].[PMRelateRecord] AS select a.* from [dbo].[vPMRelateRecord] a
GO
