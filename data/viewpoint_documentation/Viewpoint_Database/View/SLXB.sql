CREATE VIEW [dbo].[SLXB] AS select a.* from [dbo].[bSLXB] a
GO
