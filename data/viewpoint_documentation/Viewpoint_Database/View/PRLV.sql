CREATE VIEW [dbo].[PRLV] AS select a.* from [dbo].[bPRLV] a
GO
