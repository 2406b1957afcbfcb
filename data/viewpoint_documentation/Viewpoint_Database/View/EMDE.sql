CREATE VIEW [dbo].[EMDE] AS select a.* from [dbo].[bEMDE] a
GO
