CREATE VIEW [dbo].[EMMR] AS select a.* from [dbo].[bEMMR] a
GO
