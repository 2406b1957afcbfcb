CREATE VIEW [dbo].[JCSI] AS select a.* from [dbo].[bJCSI] a
GO
