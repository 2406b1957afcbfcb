CREATE VIEW [dbo].[PRRE] AS select a.* from [dbo].[bPRRE] a
GO
