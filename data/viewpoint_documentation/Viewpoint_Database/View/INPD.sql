CREATE VIEW [dbo].[INPD] AS select a.* from [dbo].[bINPD] a
GO
