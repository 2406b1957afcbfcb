CREATE VIEW [dbo].[SLIB] AS select a.* from [dbo].[bSLIB] a
GO
