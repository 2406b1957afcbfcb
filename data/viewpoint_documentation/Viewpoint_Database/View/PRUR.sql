CREATE VIEW [dbo].[PRUR] AS select a.* from [dbo].[bPRUR] a
GO
