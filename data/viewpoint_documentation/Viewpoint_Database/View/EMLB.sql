CREATE VIEW [dbo].[EMLB] AS select a.* from [dbo].[bEMLB] a
GO
