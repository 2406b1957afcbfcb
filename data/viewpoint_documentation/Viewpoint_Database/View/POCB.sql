CREATE VIEW [dbo].[POCB] AS select a.* from [dbo].[bPOCB] a
GO
