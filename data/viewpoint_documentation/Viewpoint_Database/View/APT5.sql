CREATE VIEW [dbo].[APT5] AS select a.* from [dbo].[bAPT5] a
GO
