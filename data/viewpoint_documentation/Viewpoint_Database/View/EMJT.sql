CREATE VIEW [dbo].[EMJT] AS select a.* from [dbo].[bEMJT] a
GO
