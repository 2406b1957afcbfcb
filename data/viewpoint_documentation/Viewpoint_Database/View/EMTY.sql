CREATE VIEW [dbo].[EMTY] AS select a.* from [dbo].[bEMTY] a
GO
