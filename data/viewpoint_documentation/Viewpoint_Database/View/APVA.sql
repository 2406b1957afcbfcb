CREATE VIEW [dbo].[APVA] AS select a.* from [dbo].[bAPVA] a
GO
