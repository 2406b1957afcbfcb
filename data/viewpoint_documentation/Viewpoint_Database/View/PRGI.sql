CREATE VIEW [dbo].[PRGI] AS select a.* from [dbo].[bPRGI] a
GO
