CREATE VIEW [dbo].[EMDG] AS select a.* from [dbo].[bEMDG] a
GO
