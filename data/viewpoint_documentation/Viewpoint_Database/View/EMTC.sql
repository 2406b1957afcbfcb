CREATE VIEW [dbo].[EMTC] AS select a.* from [dbo].[bEMTC] a
GO
