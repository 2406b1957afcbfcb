CREATE VIEW [dbo].[JCMP] AS select a.* from [dbo].[bJCMP] a
GO
