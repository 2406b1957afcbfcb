CREATE VIEW [dbo].[PORD] AS select a.* from [dbo].[bPORD] a
GO
