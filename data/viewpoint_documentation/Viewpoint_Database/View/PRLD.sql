CREATE VIEW [dbo].[PRLD] AS select a.* from [dbo].[bPRLD] a
GO
