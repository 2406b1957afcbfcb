CREATE VIEW [dbo].[EMUD] AS select a.* from [dbo].[bEMUD] a
GO
