CREATE VIEW [dbo].[JCPP] AS select a.* from [dbo].[bJCPP] a
GO
