CREATE VIEW [dbo].[CMCE] AS select a.* from [dbo].[bCMCE] a
GO
