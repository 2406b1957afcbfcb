CREATE VIEW [dbo].[INXB] AS select a.* from [dbo].[bINXB] a
GO
