CREATE VIEW [dbo].[EMSP] AS select a.* from [dbo].[bEMSP] a
GO
