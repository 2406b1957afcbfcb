CREATE VIEW [dbo].[HQMT] AS select a.* from [dbo].[bHQMT] a
GO
