CREATE VIEW [dbo].[HQIC] AS select a.* from [dbo].[bHQIC] a
GO
