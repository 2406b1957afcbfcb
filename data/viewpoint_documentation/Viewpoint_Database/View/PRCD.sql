CREATE VIEW [dbo].[PRCD] AS select a.* from [dbo].[bPRCD] a
GO
