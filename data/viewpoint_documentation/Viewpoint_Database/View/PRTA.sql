CREATE VIEW [dbo].[PRTA] AS select a.* from [dbo].[bPRTA] a
GO
