CREATE VIEW [dbo].[INBO] AS select a.* from [dbo].[bINBO] a
GO
