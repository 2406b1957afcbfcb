CREATE VIEW [dbo].[HQGP] AS select a.* from [dbo].[bHQGP] a
GO
