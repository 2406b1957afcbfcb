CREATE VIEW [dbo].[EMRC] AS select a.* from [dbo].[bEMRC] a
GO
