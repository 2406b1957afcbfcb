CREATE VIEW [dbo].[PMNR] AS select a.* from [dbo].[bPMNR] a
GO
