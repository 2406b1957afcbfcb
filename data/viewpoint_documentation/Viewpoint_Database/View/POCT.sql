CREATE VIEW [dbo].[POCT] AS select a.* from [dbo].[bPOCT] a
GO
