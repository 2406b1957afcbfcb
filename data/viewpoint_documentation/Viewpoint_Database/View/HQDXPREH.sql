CREATE VIEW [dbo].[HQDXPREH] AS select a.* from [dbo].[bHQDXPREH] a
GO
