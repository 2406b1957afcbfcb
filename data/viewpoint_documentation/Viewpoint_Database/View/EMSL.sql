CREATE VIEW [dbo].[EMSL] AS select a.* from [dbo].[bEMSL] a
GO
