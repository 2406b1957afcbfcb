CREATE VIEW [dbo].[POVM] AS select a.* from [dbo].[bPOVM] a
GO
