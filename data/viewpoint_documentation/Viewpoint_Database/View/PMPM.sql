CREATE VIEW [dbo].[PMPM] AS select a.* from [dbo].[bPMPM] a
GO
