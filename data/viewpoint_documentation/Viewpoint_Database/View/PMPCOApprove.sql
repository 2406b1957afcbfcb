CREATE VIEW [dbo].[PMPCOApprove] AS select a.* from [dbo].[vPMPCOApprove] a
GO
