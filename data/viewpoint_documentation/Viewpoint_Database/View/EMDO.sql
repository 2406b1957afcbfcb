CREATE VIEW [dbo].[EMDO] AS select a.* from [dbo].[bEMDO] a
GO
