CREATE VIEW [dbo].[PRED] AS select a.* from [dbo].[bPRED] a
GO
