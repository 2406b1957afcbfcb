CREATE VIEW [dbo].[EMPS] AS select a.* from [dbo].[bEMPS] a
GO
