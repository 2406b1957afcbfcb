CREATE VIEW [dbo].[APCT] AS select a.* from [dbo].[bAPCT] a
GO
