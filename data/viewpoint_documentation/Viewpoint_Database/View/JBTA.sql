CREATE VIEW [dbo].[JBTA] AS select a.* from [dbo].[bJBTA] a
GO
