CREATE VIEW [dbo].[PRSD] AS select a.* from [dbo].[bPRSD] a
GO
