CREATE VIEW [dbo].[PORG] AS select a.* from [dbo].[bPORG] a
GO
