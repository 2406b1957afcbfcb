CREATE VIEW [dbo].[INCO] AS select a.* from [dbo].[bINCO] a
GO
