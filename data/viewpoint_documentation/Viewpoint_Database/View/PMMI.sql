CREATE VIEW [dbo].[PMMI] AS select a.* from [dbo].[bPMMI] a
GO
