CREATE VIEW [dbo].[HQLT] AS select a.* from [dbo].[bHQLT] a
GO
