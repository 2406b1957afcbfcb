CREATE VIEW [dbo].[PRCI] AS select a.* from [dbo].[bPRCI] a
GO
