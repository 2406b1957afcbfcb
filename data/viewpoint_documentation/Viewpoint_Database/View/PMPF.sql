CREATE VIEW [dbo].[PMPF] AS select a.* from [dbo].[bPMPF] a
GO
