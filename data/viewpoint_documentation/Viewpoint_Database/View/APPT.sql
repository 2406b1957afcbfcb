CREATE VIEW [dbo].[APPT] AS select a.* from [dbo].[bAPPT] a
GO
