CREATE VIEW [dbo].[HQAO] AS select a.* from [dbo].[bHQAO] a
GO
