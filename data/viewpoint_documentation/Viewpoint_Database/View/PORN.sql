CREATE VIEW [dbo].[PORN] AS select a.* from [dbo].[bPORN] a
GO
