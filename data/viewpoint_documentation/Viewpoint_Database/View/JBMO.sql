CREATE VIEW [dbo].[JBMO] AS select a.* from [dbo].[bJBMO] a
GO
