CREATE VIEW [dbo].[HQWF] AS select a.* from [dbo].[bHQWF] a
GO
