CREATE VIEW [dbo].[JBLC] AS select a.* from [dbo].[bJBLC] a
GO
