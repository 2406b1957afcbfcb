CREATE VIEW [dbo].[JCCC] AS select a.* from [dbo].[bJCCC] a
GO
