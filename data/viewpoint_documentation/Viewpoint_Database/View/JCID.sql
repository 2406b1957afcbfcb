CREATE VIEW [dbo].[JCID] AS select a.* from [dbo].[bJCID] a
GO
