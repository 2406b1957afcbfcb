CREATE VIEW [dbo].[POIB] AS select a.* from [dbo].[bPOIB] a
GO
