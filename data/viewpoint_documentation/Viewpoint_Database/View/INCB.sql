CREATE VIEW [dbo].[INCB] AS select a.* from [dbo].[bINCB] a
GO
