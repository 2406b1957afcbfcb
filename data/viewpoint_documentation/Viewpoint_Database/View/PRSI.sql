CREATE VIEW [dbo].[PRSI] AS select a.* from [dbo].[bPRSI] a
GO
