CREATE VIEW [dbo].[POHB] AS select a.* from [dbo].[bPOHB] a
GO
