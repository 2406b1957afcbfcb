CREATE VIEW [dbo].[JCPB] AS select a.* from [dbo].[bJCPB] a
GO
