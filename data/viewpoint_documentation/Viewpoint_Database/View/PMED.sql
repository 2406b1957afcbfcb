CREATE VIEW [dbo].[PMED] AS select a.* from [dbo].[bPMED] a
GO
