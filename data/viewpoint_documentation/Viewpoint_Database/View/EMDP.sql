CREATE VIEW [dbo].[EMDP] AS select a.* from [dbo].[bEMDP] a
GO
