CREATE VIEW [dbo].[POSM] AS select a.* from [dbo].[bPOSM] a
GO
