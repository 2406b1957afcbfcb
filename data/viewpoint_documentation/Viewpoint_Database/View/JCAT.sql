CREATE VIEW [dbo].[JCAT] AS select a.* from [dbo].[bJCAT] a
GO
