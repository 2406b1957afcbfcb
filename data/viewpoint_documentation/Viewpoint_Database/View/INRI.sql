CREATE VIEW [dbo].[INRI] AS select a.* from [dbo].[bINRI] a
GO
