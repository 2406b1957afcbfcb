CREATE VIEW [dbo].[APTT] AS select a.* from [dbo].[bAPTT] a
GO
