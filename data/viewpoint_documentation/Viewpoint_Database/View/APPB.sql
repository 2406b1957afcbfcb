CREATE VIEW [dbo].[APPB] AS select a.* from [dbo].[bAPPB] a
GO
