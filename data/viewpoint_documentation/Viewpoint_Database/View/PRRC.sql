CREATE VIEW [dbo].[PRRC] AS select a.* from [dbo].[bPRRC] a
GO
