CREATE VIEW [dbo].[HQADSave] AS select a.* from [dbo].[bHQADSave] a
GO
