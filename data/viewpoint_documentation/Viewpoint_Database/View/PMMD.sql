CREATE VIEW [dbo].[PMMD] AS select a.* from [dbo].[bPMMD] a
GO
