CREATE VIEW [dbo].[INMA] AS select a.* from [dbo].[bINMA] a
GO
