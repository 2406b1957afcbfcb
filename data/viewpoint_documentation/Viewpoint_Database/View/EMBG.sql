CREATE VIEW [dbo].[EMBG] AS select a.* from [dbo].[bEMBG] a
GO
