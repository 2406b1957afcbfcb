CREATE VIEW [dbo].[HQWO] AS select a.* from [dbo].[bHQWO] a
GO
