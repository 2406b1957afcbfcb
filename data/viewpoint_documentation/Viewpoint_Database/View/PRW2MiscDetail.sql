CREATE VIEW [dbo].[PRW2MiscDetail] AS select a.* from [dbo].[bPRW2MiscDetail] a
GO
