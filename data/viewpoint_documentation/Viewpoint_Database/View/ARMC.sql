CREATE VIEW [dbo].[ARMC] AS select a.* from [dbo].[bARMC] a
GO
