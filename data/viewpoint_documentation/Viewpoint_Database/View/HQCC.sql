CREATE VIEW [dbo].[HQCC] AS select a.* from [dbo].[bHQCC] a
GO
