CREATE VIEW [dbo].[PRGB] AS select a.* from [dbo].[bPRGB] a
GO
