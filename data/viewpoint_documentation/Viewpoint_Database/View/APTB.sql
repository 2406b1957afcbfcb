CREATE VIEW [dbo].[APTB] AS select a.* from [dbo].[bAPTB] a
GO
