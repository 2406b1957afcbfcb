CREATE VIEW [dbo].[JCPR] AS select a.* from [dbo].[bJCPR] a
GO
