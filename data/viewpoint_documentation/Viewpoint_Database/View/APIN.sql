CREATE VIEW [dbo].[APIN] AS select a.* from [dbo].[bAPIN] a
GO
