CREATE VIEW [dbo].[SLCD] AS select a.* from [dbo].[bSLCD] a
GO
