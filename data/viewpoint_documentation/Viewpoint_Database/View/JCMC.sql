CREATE VIEW [dbo].[JCMC] AS select a.* from [dbo].[bJCMC] a
GO
