CREATE VIEW [dbo].[JCDA] AS select a.* from [dbo].[bJCDA] a
GO
