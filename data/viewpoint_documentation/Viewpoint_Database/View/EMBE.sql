CREATE VIEW [dbo].[EMBE] AS select a.* from [dbo].[bEMBE] a
GO
