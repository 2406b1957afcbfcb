CREATE VIEW [dbo].[INJC] AS select a.* from [dbo].[bINJC] a
GO
