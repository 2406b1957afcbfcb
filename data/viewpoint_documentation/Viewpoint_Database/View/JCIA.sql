CREATE VIEW [dbo].[JCIA] AS select a.* from [dbo].[bJCIA] a
GO
