CREATE VIEW [dbo].[PRLI] AS select a.* from [dbo].[bPRLI] a
GO
