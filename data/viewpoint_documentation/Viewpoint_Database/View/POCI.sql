CREATE VIEW [dbo].[POCI] AS select a.* from [dbo].[bPOCI] a
GO
