CREATE VIEW [dbo].[JCRU] AS select a.* from [dbo].[bJCRU] a
GO
