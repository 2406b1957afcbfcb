CREATE VIEW [dbo].[SLHB] AS select a.* from [dbo].[bSLHB] a
GO
