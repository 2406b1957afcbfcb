CREATE VIEW [dbo].[INIB] AS select a.* from [dbo].[bINIB] a
GO
