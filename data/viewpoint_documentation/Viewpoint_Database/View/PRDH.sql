CREATE VIEW [dbo].[PRDH] AS select a.* from [dbo].[bPRDH] a
GO
