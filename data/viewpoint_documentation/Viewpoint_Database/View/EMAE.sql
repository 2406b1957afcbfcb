CREATE VIEW [dbo].[EMAE] AS select a.* from [dbo].[bEMAE] a
GO
