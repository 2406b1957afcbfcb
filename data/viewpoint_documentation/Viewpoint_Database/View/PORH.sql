CREATE VIEW [dbo].[PORH] AS select a.* from [dbo].[bPORH] a
GO
