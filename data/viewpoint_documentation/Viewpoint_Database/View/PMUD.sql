CREATE VIEW [dbo].[PMUD] AS select a.* from [dbo].[bPMUD] a
GO
