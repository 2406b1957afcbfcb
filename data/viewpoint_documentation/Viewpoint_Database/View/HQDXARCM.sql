CREATE VIEW [dbo].[HQDXARCM] AS select a.* from [dbo].[bHQDXARCM] a
GO
