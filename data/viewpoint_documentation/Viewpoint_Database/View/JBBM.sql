CREATE VIEW [dbo].[JBBM] AS select a.* from [dbo].[bJBBM] a
GO
