CREATE VIEW [dbo].[EMCT] AS select a.* from [dbo].[bEMCT] a
GO
