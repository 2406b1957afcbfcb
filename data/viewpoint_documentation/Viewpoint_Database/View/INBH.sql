CREATE VIEW [dbo].[INBH] AS select a.* from [dbo].[bINBH] a
GO
