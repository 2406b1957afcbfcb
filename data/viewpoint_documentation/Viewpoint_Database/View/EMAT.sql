CREATE VIEW [dbo].[EMAT] AS select a.* from [dbo].[bEMAT] a
GO
