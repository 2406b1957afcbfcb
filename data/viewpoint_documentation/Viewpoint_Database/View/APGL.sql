CREATE VIEW [dbo].[APGL] AS select a.* from [dbo].[bAPGL] a
GO
