CREATE VIEW [dbo].[ARMD] AS select a.* from [dbo].[bARMD] a
GO
