CREATE VIEW [dbo].[APWD] AS select a.* from [dbo].[bAPWD] a
GO
