CREATE VIEW [dbo].[APLB] AS select a.* from [dbo].[bAPLB] a
GO
