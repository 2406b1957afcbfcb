CREATE VIEW [dbo].[JCTN] AS select a.* from [dbo].[bJCTN] a
GO
