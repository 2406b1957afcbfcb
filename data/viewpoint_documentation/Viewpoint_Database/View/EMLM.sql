CREATE VIEW [dbo].[EMLM] AS select a.* from [dbo].[bEMLM] a
GO
