CREATE VIEW [dbo].[HQNT] AS select a.* from [dbo].[bHQNT] a
GO
