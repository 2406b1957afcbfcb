CREATE VIEW [dbo].[APUL] AS select a.* from [dbo].[bAPUL] a
GO
