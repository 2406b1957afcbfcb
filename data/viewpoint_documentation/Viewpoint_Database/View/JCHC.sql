CREATE VIEW [dbo].[JCHC] AS select a.* from [dbo].[bJCHC] a
GO
