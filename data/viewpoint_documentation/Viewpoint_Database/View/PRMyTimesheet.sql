CREATE VIEW [dbo].[PRMyTimesheet] AS select a.* from [dbo].[bPRMyTimesheet] a
GO
