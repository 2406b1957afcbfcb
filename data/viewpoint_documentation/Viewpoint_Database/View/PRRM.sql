CREATE VIEW [dbo].[PRRM] AS select a.* from [dbo].[bPRRM] a
GO
