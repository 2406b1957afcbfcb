CREATE VIEW [dbo].[JCIR] AS select a.* from [dbo].[bJCIR] a
GO
