CREATE VIEW [dbo].[INDT] AS select a.* from [dbo].[bINDT] a
GO
