CREATE VIEW [dbo].[POXI] AS select a.* from [dbo].[bPOXI] a
GO
