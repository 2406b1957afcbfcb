CREATE VIEW [dbo].[INCG] AS select a.* from [dbo].[bINCG] a
GO
