CREATE VIEW [dbo].[PRAP] AS select a.* from [dbo].[bPRAP] a
GO
