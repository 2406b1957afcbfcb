CREATE VIEW [dbo].[APPC] AS select a.* from [dbo].[bAPPC] a
GO
