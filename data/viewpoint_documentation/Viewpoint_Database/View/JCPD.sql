CREATE VIEW [dbo].[JCPD] AS select a.* from [dbo].[bJCPD] a
GO
