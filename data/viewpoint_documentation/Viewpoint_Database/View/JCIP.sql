CREATE VIEW [dbo].[JCIP] AS select a.* from [dbo].[bJCIP] a
GO
