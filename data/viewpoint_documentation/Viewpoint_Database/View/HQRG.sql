CREATE VIEW [dbo].[HQRG] AS select a.* from [dbo].[vHQRG] a
GO
