CREATE VIEW [dbo].[ARRT] AS select a.* from [dbo].[bARRT] a
GO
