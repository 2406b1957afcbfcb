CREATE VIEW [dbo].[JBIS] AS select a.* from [dbo].[bJBIS] a
GO
