CREATE VIEW [dbo].[PORA] AS select a.* from [dbo].[bPORA] a
GO
