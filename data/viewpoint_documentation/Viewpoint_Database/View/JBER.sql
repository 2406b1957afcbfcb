CREATE VIEW [dbo].[JBER] AS select a.* from [dbo].[bJBER] a
GO
