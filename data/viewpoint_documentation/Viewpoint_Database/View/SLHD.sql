CREATE VIEW [dbo].[SLHD] AS select a.* from [dbo].[bSLHD] a
GO
