CREATE VIEW [dbo].[PMCD] AS select a.* from [dbo].[bPMCD] a
GO
