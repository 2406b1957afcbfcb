CREATE VIEW [dbo].[EMUC] AS select a.* from [dbo].[bEMUC] a
GO
