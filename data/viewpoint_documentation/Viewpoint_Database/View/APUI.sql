CREATE VIEW [dbo].[APUI] AS select a.* from [dbo].[bAPUI] a
GO
