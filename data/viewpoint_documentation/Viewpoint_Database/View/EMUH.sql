CREATE VIEW [dbo].[EMUH] AS select a.* from [dbo].[bEMUH] a
GO
