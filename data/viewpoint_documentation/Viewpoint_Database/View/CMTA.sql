CREATE VIEW [dbo].[CMTA] AS select a.* from [dbo].[bCMTA] a
GO
