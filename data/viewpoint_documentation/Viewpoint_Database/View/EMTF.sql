CREATE VIEW [dbo].[EMTF] AS select a.* from [dbo].[bEMTF] a
GO
