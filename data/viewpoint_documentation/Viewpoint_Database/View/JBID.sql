CREATE VIEW [dbo].[JBID] AS select a.* from [dbo].[bJBID] a
GO
