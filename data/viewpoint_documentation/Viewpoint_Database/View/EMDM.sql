CREATE VIEW [dbo].[EMDM] AS select a.* from [dbo].[bEMDM] a
GO
