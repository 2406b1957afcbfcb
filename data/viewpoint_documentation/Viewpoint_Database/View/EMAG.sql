CREATE VIEW [dbo].[EMAG] AS select a.* from [dbo].[bEMAG] a
GO
