CREATE VIEW [dbo].[PMPN] AS select a.* from [dbo].[bPMPN] a
GO
