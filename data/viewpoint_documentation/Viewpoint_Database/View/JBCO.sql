CREATE VIEW [dbo].[JBCO] AS select a.* from [dbo].[bJBCO] a
GO
