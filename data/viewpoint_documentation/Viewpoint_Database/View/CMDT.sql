CREATE VIEW [dbo].[CMDT] AS select a.* from [dbo].[bCMDT] a
GO
