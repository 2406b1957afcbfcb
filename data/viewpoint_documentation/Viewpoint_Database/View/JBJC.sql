CREATE VIEW [dbo].[JBJC] AS select a.* from [dbo].[bJBJC] a
GO
