CREATE VIEW [dbo].[SLAD] AS select a.* from [dbo].[bSLAD] a
GO
