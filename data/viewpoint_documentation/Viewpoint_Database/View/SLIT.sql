CREATE VIEW [dbo].[SLIT] AS select a.* from [dbo].[bSLIT] a
GO
