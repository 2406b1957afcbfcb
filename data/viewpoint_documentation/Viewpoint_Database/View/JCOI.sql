CREATE VIEW [dbo].[JCOI] AS select a.* from [dbo].[bJCOI] a
GO
