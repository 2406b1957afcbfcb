CREATE VIEW [dbo].[JBCX] AS select a.* from [dbo].[bJBCX] a
GO
