CREATE VIEW [dbo].[INAG] AS select a.* from [dbo].[bINAG] a
GO
