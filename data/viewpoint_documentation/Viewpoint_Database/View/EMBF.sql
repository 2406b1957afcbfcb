CREATE VIEW [dbo].[EMBF] AS select a.* from [dbo].[bEMBF] a
GO
