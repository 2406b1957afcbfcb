CREATE VIEW [dbo].[EMEH] AS select a.* from [dbo].[bEMEH] a
GO
