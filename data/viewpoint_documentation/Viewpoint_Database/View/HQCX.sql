CREATE VIEW [dbo].[HQCX] AS select a.* from [dbo].[bHQCX] a
GO
