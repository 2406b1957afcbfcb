CREATE VIEW [dbo].[HQDX] AS select a.* from [dbo].[bHQDX] a
GO
