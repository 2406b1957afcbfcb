CREATE VIEW [dbo].[INBM] AS select a.* from [dbo].[bINBM] a
GO
