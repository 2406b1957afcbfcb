CREATE VIEW [dbo].[HQHC] AS select a.* from [dbo].[bHQHC] a
GO
