CREATE VIEW [dbo].[APFT] AS select a.* from [dbo].[bAPFT] a
GO
