CREATE VIEW [dbo].[PRCF] AS select a.* from [dbo].[bPRCF] a
GO
