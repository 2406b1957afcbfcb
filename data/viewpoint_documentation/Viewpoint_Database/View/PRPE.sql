CREATE VIEW [dbo].[PRPE] AS select a.* from [dbo].[bPRPE] a
GO
