CREATE VIEW [dbo].[JCAC] AS select a.* from [dbo].[bJCAC] a
GO
