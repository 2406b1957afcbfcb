CREATE VIEW [dbo].[PRAB] AS select a.* from [dbo].[bPRAB] a
GO
