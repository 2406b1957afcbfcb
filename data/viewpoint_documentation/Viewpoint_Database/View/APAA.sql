CREATE VIEW [dbo].[APAA] AS select a.* from [dbo].[bAPAA] a
GO
