CREATE VIEW [dbo].[PRPC] AS select a.* from [dbo].[bPRPC] a
GO
