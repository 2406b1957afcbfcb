CREATE VIEW [dbo].[HQMU] AS select a.* from [dbo].[bHQMU] a
GO
