CREATE VIEW [dbo].[EMAV] AS select a.* from [dbo].[bEMAV] a
GO
