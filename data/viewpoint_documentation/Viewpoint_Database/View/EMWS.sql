CREATE VIEW [dbo].[EMWS] AS select a.* from [dbo].[bEMWS] a
GO
