CREATE VIEW [dbo].[APCD] AS select a.* from [dbo].[bAPCD] a
GO
