CREATE VIEW [dbo].[JBIN] AS select a.* from [dbo].[bJBIN] a
GO
