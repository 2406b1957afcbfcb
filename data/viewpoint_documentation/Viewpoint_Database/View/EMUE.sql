CREATE VIEW [dbo].[EMUE] AS select a.* from [dbo].[bEMUE] a
GO
