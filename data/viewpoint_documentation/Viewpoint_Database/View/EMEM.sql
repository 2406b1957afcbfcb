CREATE VIEW [dbo].[EMEM] AS select a.* from [dbo].[bEMEM] a
GO
