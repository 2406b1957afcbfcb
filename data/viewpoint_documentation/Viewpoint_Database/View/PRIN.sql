CREATE VIEW [dbo].[PRIN] AS select a.* from [dbo].[bPRIN] a
GO
