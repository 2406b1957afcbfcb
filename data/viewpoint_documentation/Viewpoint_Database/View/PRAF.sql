CREATE VIEW [dbo].[PRAF] AS select a.* from [dbo].[bPRAF] a
GO
