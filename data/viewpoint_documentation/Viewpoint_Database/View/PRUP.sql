CREATE VIEW [dbo].[PRUP] AS select a.* from [dbo].[bPRUP] a
GO
