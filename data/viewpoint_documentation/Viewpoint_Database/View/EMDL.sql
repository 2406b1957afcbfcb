CREATE VIEW [dbo].[EMDL] AS select a.* from [dbo].[bEMDL] a
GO
