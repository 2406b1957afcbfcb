CREATE VIEW [dbo].[PRDL] AS select a.* from [dbo].[bPRDL] a
GO
