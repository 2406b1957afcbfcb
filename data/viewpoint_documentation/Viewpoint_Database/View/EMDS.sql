CREATE VIEW [dbo].[EMDS] AS select a.* from [dbo].[bEMDS] a
GO
