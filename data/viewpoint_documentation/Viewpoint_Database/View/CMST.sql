CREATE VIEW [dbo].[CMST] AS select a.* from [dbo].[bCMST] a
GO
