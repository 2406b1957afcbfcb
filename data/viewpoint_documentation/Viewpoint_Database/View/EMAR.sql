CREATE VIEW [dbo].[EMAR] AS select a.* from [dbo].[bEMAR] a
GO
