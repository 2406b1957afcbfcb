CREATE VIEW [dbo].[PMWD] AS select a.* from [dbo].[bPMWD] a
GO
