CREATE VIEW [dbo].[EMAH] AS select a.* from [dbo].[bEMAH] a
GO
