CREATE VIEW [dbo].[EMPB] AS select a.* from [dbo].[bEMPB] a
GO
