CREATE VIEW [dbo].[JBBG] AS select a.* from [dbo].[bJBBG] a
GO
