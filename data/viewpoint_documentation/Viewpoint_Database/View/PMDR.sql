CREATE VIEW [dbo].[PMDR] AS select a.* from [dbo].[bPMDR] a
GO
