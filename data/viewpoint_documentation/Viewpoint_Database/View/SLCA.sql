CREATE VIEW [dbo].[SLCA] AS select a.* from [dbo].[bSLCA] a
GO
