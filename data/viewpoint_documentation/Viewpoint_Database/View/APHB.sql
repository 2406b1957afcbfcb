CREATE VIEW [dbo].[APHB] AS select a.* from [dbo].[bAPHB] a
GO
