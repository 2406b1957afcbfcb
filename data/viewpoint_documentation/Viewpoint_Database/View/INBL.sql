CREATE VIEW [dbo].[INBL] AS select a.* from [dbo].[bINBL] a
GO
