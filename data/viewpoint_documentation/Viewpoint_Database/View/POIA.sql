CREATE VIEW [dbo].[POIA] AS select a.* from [dbo].[bPOIA] a
GO
