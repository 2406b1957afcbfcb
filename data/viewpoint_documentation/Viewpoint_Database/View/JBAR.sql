CREATE VIEW [dbo].[JBAR] AS select a.* from [dbo].[bJBAR] a
GO
