CREATE VIEW [dbo].[APEM] AS select a.* from [dbo].[bAPEM] a
GO
