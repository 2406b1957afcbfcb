CREATE VIEW [dbo].[JCUO] AS select a.* from [dbo].[bJCUO] a
GO
