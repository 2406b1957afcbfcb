CREATE VIEW [dbo].[JCPC] AS select a.* from [dbo].[bJCPC] a
GO
