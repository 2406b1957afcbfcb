CREATE VIEW [dbo].[PORS] AS select a.* from [dbo].[bPORS] a
GO
