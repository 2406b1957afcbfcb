CREATE VIEW [dbo].[JCTL] AS select a.* from [dbo].[bJCTL] a
GO
