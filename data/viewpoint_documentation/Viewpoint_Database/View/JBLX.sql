CREATE VIEW [dbo].[JBLX] AS select a.* from [dbo].[bJBLX] a
GO
