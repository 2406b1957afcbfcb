CREATE VIEW [dbo].[PMUR] AS select a.* from [dbo].[bPMUR] a
GO
