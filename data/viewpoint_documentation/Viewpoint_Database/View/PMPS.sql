CREATE VIEW [dbo].[PMPS] AS select a.* from [dbo].[bPMPS] a
GO
