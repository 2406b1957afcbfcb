CREATE VIEW [dbo].[EMWF] AS select a.* from [dbo].[bEMWF] a
GO
