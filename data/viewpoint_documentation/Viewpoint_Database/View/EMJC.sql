CREATE VIEW [dbo].[EMJC] AS select a.* from [dbo].[bEMJC] a
GO
