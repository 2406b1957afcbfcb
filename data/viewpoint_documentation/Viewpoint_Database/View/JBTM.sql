CREATE VIEW [dbo].[JBTM] AS select a.* from [dbo].[bJBTM] a
GO
