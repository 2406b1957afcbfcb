CREATE VIEW [dbo].[SLWI] AS select a.* from [dbo].[bSLWI] a
GO
