CREATE VIEW [dbo].[JBTS] AS select a.* from [dbo].[bJBTS] a
GO
