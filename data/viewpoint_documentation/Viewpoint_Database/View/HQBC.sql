CREATE VIEW [dbo].[HQBC] AS select a.* from [dbo].[bHQBC] a
GO
