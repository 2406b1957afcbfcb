CREATE VIEW [dbo].[SLWH] AS select a.* from [dbo].[bSLWH] a
GO
