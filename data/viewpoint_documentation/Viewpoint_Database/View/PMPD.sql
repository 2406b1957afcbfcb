CREATE VIEW [dbo].[PMPD] AS select a.* from [dbo].[bPMPD] a
GO
