CREATE VIEW [dbo].[PMTP] AS select a.* from [dbo].[bPMTP] a
GO
