CREATE VIEW [dbo].[EMML] AS select a.* from [dbo].[bEMML] a
GO
