CREATE VIEW [dbo].[EMWH] AS select a.* from [dbo].[bEMWH] a
GO
