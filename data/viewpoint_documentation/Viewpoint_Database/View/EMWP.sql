CREATE VIEW [dbo].[EMWP] AS select a.* from [dbo].[bEMWP] a
GO
