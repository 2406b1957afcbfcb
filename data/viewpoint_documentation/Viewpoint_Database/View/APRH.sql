CREATE VIEW [dbo].[APRH] AS select a.* from [dbo].[bAPRH] a
GO
