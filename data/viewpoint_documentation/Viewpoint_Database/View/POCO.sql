CREATE VIEW [dbo].[POCO] AS select a.* from [dbo].[bPOCO] a
GO
