CREATE VIEW [dbo].[PRDP] AS select a.* from [dbo].[bPRDP] a
GO
