CREATE VIEW [dbo].[POSL] AS select a.* from [dbo].[bPOSL] a
GO
