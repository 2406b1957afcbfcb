CREATE VIEW [dbo].[EMCC] AS select a.* from [dbo].[bEMCC] a
GO
