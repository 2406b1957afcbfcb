CREATE VIEW [dbo].[PMHF] AS select a.* from [dbo].[bPMHF] a
GO
