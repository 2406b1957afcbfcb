CREATE VIEW [dbo].[ARBM] AS select a.* from [dbo].[bARBM] a
GO
