CREATE VIEW [dbo].[EMLH] AS select a.* from [dbo].[bEMLH] a
GO
