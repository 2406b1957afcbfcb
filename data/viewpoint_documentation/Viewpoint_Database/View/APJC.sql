CREATE VIEW [dbo].[APJC] AS select a.* from [dbo].[bAPJC] a
GO
