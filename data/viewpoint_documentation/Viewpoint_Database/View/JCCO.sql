CREATE VIEW [dbo].[JCCO] AS select a.* from [dbo].[bJCCO] a
GO
