CREATE VIEW [dbo].[PMWX] AS select a.* from [dbo].[bPMWX] a
GO
