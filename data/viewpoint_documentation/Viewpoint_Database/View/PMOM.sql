CREATE VIEW [dbo].[PMOM] AS select a.* from [dbo].[bPMOM] a
GO
