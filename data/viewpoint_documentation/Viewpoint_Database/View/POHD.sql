CREATE VIEW [dbo].[POHD] AS select a.* from [dbo].[bPOHD] a
GO
