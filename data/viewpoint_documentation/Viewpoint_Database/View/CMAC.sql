CREATE VIEW [dbo].[CMAC] AS select a.* from [dbo].[bCMAC] a
GO
