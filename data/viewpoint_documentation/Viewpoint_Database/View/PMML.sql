CREATE VIEW [dbo].[PMML] AS select a.* from [dbo].[bPMML] a
GO
