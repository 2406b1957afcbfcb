CREATE VIEW [dbo].[EMRB] AS select a.* from [dbo].[bEMRB] a
GO
