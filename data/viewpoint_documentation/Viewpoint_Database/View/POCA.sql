CREATE VIEW [dbo].[POCA] AS select a.* from [dbo].[bPOCA] a
GO
