CREATE VIEW [dbo].[PRRB] AS select a.* from [dbo].[bPRRB] a
GO
