CREATE VIEW [dbo].[INPG] AS select a.* from [dbo].[bINPG] a
GO
