CREATE VIEW [dbo].[JBIDTMWork] AS select a.* from [dbo].[bJBIDTMWork] a
GO
