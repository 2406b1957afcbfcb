CREATE VIEW [dbo].[PRID] AS select a.* from [dbo].[bPRID] a
GO
