CREATE VIEW [dbo].[EMMC] AS select a.* from [dbo].[bEMMC] a
GO
