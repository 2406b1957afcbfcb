CREATE VIEW [dbo].[JBCC] AS select a.* from [dbo].[bJBCC] a
GO
