CREATE VIEW [dbo].[PMQD] AS select a.* from [dbo].[bPMQD] a
GO
