CREATE VIEW [dbo].[JBLR] AS select a.* from [dbo].[bJBLR] a
GO
