CREATE VIEW [dbo].[JCDC] AS select a.* from [dbo].[bJCDC] a
GO
