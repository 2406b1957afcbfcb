CREATE VIEW [dbo].[POII] AS select a.* from [dbo].[bPOII] a
GO
