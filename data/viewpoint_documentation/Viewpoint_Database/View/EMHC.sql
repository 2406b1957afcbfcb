CREATE VIEW [dbo].[EMHC] AS select a.* from [dbo].[bEMHC] a
GO
