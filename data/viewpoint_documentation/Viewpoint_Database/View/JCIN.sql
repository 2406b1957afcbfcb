CREATE VIEW [dbo].[JCIN] AS select a.* from [dbo].[bJCIN] a
GO
