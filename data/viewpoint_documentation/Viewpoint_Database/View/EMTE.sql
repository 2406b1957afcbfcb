CREATE VIEW [dbo].[EMTE] AS select a.* from [dbo].[bEMTE] a
GO
