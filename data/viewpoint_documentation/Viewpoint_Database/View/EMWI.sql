CREATE VIEW [dbo].[EMWI] AS select a.* from [dbo].[bEMWI] a
GO
