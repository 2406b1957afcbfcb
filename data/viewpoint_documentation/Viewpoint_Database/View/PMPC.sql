CREATE VIEW [dbo].[PMPC] AS select a.* from [dbo].[bPMPC] a
GO
