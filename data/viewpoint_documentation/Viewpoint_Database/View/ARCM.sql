CREATE VIEW [dbo].[ARCM] AS select a.* from [dbo].[bARCM] a
GO
