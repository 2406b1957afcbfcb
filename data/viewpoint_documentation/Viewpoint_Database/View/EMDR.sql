CREATE VIEW [dbo].[EMDR] AS select a.* from [dbo].[bEMDR] a
GO
