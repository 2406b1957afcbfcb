CREATE VIEW [dbo].[PMMM] AS select a.* from [dbo].[bPMMM] a
GO
