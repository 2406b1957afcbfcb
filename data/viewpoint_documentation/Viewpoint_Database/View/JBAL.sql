CREATE VIEW [dbo].[JBAL] AS select a.* from [dbo].[bJBAL] a
GO
