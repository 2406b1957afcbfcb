CREATE VIEW [dbo].[JBBE] AS select a.* from [dbo].[bJBBE] a
GO
