CREATE VIEW [dbo].[INRO] AS select a.* from [dbo].[bINRO] a
GO
