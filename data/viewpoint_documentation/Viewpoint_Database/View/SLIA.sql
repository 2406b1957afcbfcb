CREATE VIEW [dbo].[SLIA] AS select a.* from [dbo].[bSLIA] a
GO
