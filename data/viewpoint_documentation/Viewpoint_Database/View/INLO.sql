CREATE VIEW [dbo].[INLO] AS select a.* from [dbo].[bINLO] a
GO
