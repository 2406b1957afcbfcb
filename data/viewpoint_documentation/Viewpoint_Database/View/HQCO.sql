CREATE VIEW [dbo].[HQCO] AS select a.* from [dbo].[bHQCO] a
GO
