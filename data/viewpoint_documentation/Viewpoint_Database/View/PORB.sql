CREATE VIEW [dbo].[PORB] AS select a.* from [dbo].[bPORB] a
GO
