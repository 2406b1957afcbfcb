CREATE VIEW [dbo].[HQMC] AS select a.* from [dbo].[bHQMC] a
GO
