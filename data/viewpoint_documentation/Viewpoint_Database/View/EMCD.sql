CREATE VIEW [dbo].[EMCD] AS select a.* from [dbo].[bEMCD] a
GO
