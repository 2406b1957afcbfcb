CREATE VIEW [dbo].[APUR] AS select a.* from [dbo].[bAPUR] a
GO
