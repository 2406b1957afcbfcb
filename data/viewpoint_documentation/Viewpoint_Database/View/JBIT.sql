CREATE VIEW [dbo].[JBIT] AS select a.* from [dbo].[bJBIT] a
GO
