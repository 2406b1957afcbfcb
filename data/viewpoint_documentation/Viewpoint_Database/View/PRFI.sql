CREATE VIEW [dbo].[PRFI] AS select a.* from [dbo].[bPRFI] a
GO
