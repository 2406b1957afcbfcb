CREATE VIEW [dbo].[INLS] AS select a.* from [dbo].[bINLS] a
GO
