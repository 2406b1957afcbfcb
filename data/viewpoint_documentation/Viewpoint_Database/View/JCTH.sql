CREATE VIEW [dbo].[JCTH] AS select a.* from [dbo].[bJCTH] a
GO
