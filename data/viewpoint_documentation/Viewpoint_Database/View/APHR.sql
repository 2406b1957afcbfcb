CREATE VIEW [dbo].[APHR] AS select a.* from [dbo].[bAPHR] a
GO
