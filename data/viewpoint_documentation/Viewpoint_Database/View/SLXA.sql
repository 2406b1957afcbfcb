CREATE VIEW [dbo].[SLXA] AS select a.* from [dbo].[bSLXA] a
GO
