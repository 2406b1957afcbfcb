CREATE VIEW [dbo].[APVH] AS select a.* from [dbo].[bAPVH] a
GO
