CREATE VIEW [dbo].[JCXB] AS select a.* from [dbo].[bJCXB] a
GO
