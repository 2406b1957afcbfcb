CREATE VIEW [dbo].[EMIN] AS select a.* from [dbo].[bEMIN] a
GO
