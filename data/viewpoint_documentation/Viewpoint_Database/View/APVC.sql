CREATE VIEW [dbo].[APVC] AS select a.* from [dbo].[bAPVC] a
GO
