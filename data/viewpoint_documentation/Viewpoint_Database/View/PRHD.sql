CREATE VIEW [dbo].[PRHD] AS select a.* from [dbo].[bPRHD] a
GO
