CREATE VIEW [dbo].[PORI] AS select a.* from [dbo].[bPORI] a
GO
