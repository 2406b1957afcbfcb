CREATE VIEW [dbo].[PMUI] AS select a.* from [dbo].[bPMUI] a
GO
