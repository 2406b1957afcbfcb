CREATE VIEW [dbo].[JBLO] AS select a.* from [dbo].[bJBLO] a
GO
