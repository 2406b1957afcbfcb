CREATE VIEW [dbo].[SLCT] AS select a.* from [dbo].[bSLCT] a
GO
