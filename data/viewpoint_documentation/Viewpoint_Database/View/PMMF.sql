CREATE VIEW [dbo].[PMMF] AS select a.* from [dbo].[bPMMF] a
GO
