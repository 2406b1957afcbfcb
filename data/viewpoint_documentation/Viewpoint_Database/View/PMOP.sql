CREATE VIEW [dbo].[PMOP] AS select a.* from [dbo].[bPMOP] a
GO
