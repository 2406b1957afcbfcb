CREATE VIEW [dbo].[INCW] AS select a.* from [dbo].[bINCW] a
GO
