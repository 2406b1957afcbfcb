CREATE VIEW [dbo].[PROT] AS select a.* from [dbo].[bPROT] a
GO
