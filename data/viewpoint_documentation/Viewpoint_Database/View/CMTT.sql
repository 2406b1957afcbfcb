CREATE VIEW [dbo].[CMTT] AS select a.* from [dbo].[bCMTT] a
GO
