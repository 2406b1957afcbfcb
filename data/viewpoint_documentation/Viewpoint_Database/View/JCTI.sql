CREATE VIEW [dbo].[JCTI] AS select a.* from [dbo].[bJCTI] a
GO
