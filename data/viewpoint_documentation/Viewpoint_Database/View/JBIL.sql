CREATE VIEW [dbo].[JBIL] AS select a.* from [dbo].[bJBIL] a
GO
