CREATE VIEW [dbo].[EMSX] AS select a.* from [dbo].[bEMSX] a
GO
