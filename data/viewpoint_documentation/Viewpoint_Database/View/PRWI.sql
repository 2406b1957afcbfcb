CREATE VIEW [dbo].[PRWI] AS select a.* from [dbo].[bPRWI] a
GO
