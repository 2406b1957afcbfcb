CREATE VIEW [dbo].[EMSI] AS select a.* from [dbo].[bEMSI] a
GO
