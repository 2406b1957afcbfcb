CREATE VIEW [dbo].[JCForecastMonth] AS select a.* from [dbo].[vJCForecastMonth] a
GO
