CREATE VIEW [dbo].[EMAD] AS select a.* from [dbo].[bEMAD] a
GO
