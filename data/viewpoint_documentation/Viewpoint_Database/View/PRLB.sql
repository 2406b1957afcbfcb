CREATE VIEW [dbo].[PRLB] AS select a.* from [dbo].[bPRLB] a
GO
