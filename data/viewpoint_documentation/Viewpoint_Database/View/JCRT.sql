CREATE VIEW [dbo].[JCRT] AS select a.* from [dbo].[bJCRT] a
GO
