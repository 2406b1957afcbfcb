CREATE VIEW [dbo].[POCD] AS select a.* from [dbo].[bPOCD] a
GO
