CREATE VIEW [dbo].[PRTR] AS select a.* from [dbo].[bPRTR] a
GO
